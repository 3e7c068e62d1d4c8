import {Joi} from '@docusaurus/utils-validation';
import type {OptionValidationContext} from '@docusaurus/types';

export interface PluginOptions {
  /**
   * Allow WebAssembly to compile (`'wasm-unsafe-eval'`): needed only while the search model runs
   * on onnxruntime-web. Turn it off once the model runs without it.
   */
  wasm: boolean;
}

export const DEFAULT_OPTIONS: PluginOptions = {wasm: true};

const schema = Joi.object<PluginOptions>({
  wasm: Joi.boolean().default(DEFAULT_OPTIONS.wasm),
});

export function validateOptions({validate, options}: OptionValidationContext<Partial<PluginOptions>, PluginOptions>): PluginOptions {
  return validate(schema, options);
}
