import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

export interface PluginOptions {
  /** Folder holding everything people author (chapters, records, taxonomy). */
  contentDir: string;
  /**
   * Folder the plugin writes generated public files into (data exports, search index); it is
   * added to the site's static directories so the files are served under `npm start` too.
   */
  generatedStaticDir: string;
  /** Print "looks like an entry but matches none" warnings (on by default). */
  warnUnknownMentions: boolean;
  /** Largest content file accepted, in KB: a bigger one fails the build (default 500). */
  maxFileKB: number;
}

export const DEFAULT_OPTIONS: PluginOptions = {
  contentDir: 'content',
  generatedStaticDir: '.generated/static',
  warnUnknownMentions: true,
  maxFileKB: 500,
};

const schema = Joi.object<PluginOptions>({
  contentDir: Joi.string().default(DEFAULT_OPTIONS.contentDir),
  generatedStaticDir: Joi.string().default(DEFAULT_OPTIONS.generatedStaticDir),
  warnUnknownMentions: Joi.boolean().default(DEFAULT_OPTIONS.warnUnknownMentions),
  maxFileKB: Joi.number().positive().default(DEFAULT_OPTIONS.maxFileKB),
});

export function validateOptions({validate, options}: OptionValidationContext<Partial<PluginOptions>, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
