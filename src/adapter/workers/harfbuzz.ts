import hbWasm from 'harfbuzzjs/hb.wasm';
import wrappers from 'edge:wasm-functions';
import { wrapperKey } from './harfbuzz-signatures.ts';

/**
 * HarfBuzz (emscripten) in workerd, which refuses to compile WebAssembly from bytes ("Wasm code generation
 * disallowed by embedder"): every module must be one the bundle imports, compiled when the Worker is loaded.
 *
 * - The HarfBuzz module itself: emscripten's `instantiateWasm` option hands it the imported hb.wasm.
 * - hbjs's callbacks (`addFunction`, 14 signatures: the free function at start, glyph drawing for keycaps):
 *   emscripten puts a JS function into the wasm table by compiling a tiny module that imports and re-exports
 *   it, built from bytes on the spot. Here those modules are compiled at build time, one per signature
 *   (`edge:wasm-functions`), and `addFunction`/`removeFunction` on the instance are replaced by ones that
 *   instantiate them; instantiating an already compiled module is allowed.
 *
 * The same hb.wasm serves the project's measurer (harfbuzzjs 0.10.0) and satori's own copy (byte-identical,
 * embedded in satori as base64: see satoriHarfBuzz and the build's satori transform).
 */
type EmscriptenModule = {
  wasmExports: Record<string, unknown> & { __indirect_function_table: WebAssembly.Table };
  addFunction: (fn: (...args: never[]) => unknown, sig: string) => number;
  removeFunction: (index: number) => void;
};
type Factory = (options: Record<string, unknown>) => Promise<unknown>;


function withTableFunctions(module: EmscriptenModule): EmscriptenModule {
  const table = module.wasmExports.__indirect_function_table;
  const free: number[] = [];
  module.addFunction = (fn, sig) => {
    const wrapper = wrappers[wrapperKey(sig)];
    if (!wrapper) throw new Error(`no precompiled wasm wrapper for emscripten signature "${sig}": add it to the edge build`);
    const wrapped = new WebAssembly.Instance(wrapper, { e: { f: fn } }).exports.f as (...args: unknown[]) => unknown;
    const index = free.pop() ?? table.grow(1);
    table.set(index, wrapped);
    return index;
  };
  module.removeFunction = (index) => {
    table.set(index, null);
    free.push(index);
  };
  return module;
}

/** Instantiates an emscripten HarfBuzz factory (harfbuzzjs/hb.js or satori's copy) on the imported module. */
export async function instantiateHarfBuzz(factory: Factory): Promise<unknown> {
  const module = (await factory({
    instantiateWasm(imports: WebAssembly.Imports, done: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void) {
      void WebAssembly.instantiate(hbWasm, imports).then((instance) => done(instance, hbWasm));
      return {};
    },
  })) as EmscriptenModule;
  return withTableFunctions(module);
}
