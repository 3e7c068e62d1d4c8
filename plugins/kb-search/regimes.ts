import type {Regime} from '../kb-content/types';

/** Jurisdiction names used as search facet values (precedents use their state's name). */
export const REGIME_NAMES: Record<Regime, string> = {
  wassenaar: 'Wassenaar Arrangement',
  eu: 'European Union',
  us: 'United States',
  uk: 'United Kingdom',
};
