import MDXComponents from '@theme-original/MDXComponents';
import ChapterMeta from '@site/src/components/ChapterMeta';
import CitedBy from '@site/src/components/CitedBy';
import ControlRecord from '@site/src/components/ControlRecord';
import GlossaryTerm from '@site/src/components/GlossaryTerm';
import PrecedentRecord from '@site/src/components/PrecedentRecord';
import RecommendationCard from '@site/src/components/RecommendationCard';
import SourceList from '@site/src/components/SourceList';
import TermRecord from '@site/src/components/TermRecord';
import TrainingMeta from '@site/src/components/TrainingMeta';
import Scenario from '@site/src/components/Scenario';
import HistoryBlock from '@site/src/components/editions/HistoryBlock';

/** The custom elements our remark plugins emit (see plugins/kb-content/payload.ts). */
export default {
  ...MDXComponents,
  kbrecommendation: RecommendationCard,
  kbterm: GlossaryTerm,
  kbchaptermeta: ChapterMeta,
  kbcontrolrecord: ControlRecord,
  kbprecedentrecord: PrecedentRecord,
  kbtermrecord: TermRecord,
  kbsources: SourceList,
  kbcitedby: CitedBy,
  kbtrainingmeta: TrainingMeta,
  kbscenario: Scenario,
  kbhistory: HistoryBlock,
};
