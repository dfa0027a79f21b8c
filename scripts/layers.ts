/**
 * npm run layers: the folders of `src` form layers that import downward only, no file imports
 * itself back through a cycle, and no code file outgrows the size rule (file-size.ts). Prints every
 * violation and exits 1 when there is one.
 *
 *   shell → lessons, labs (pages) → ui (panes) → model → i18n → jwt (core)
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { MAX_LINES, sizeViolations } from './file-size';
import layerTable from './layers.json' with { type: 'json' };

/** Each folder of `src` with the folders it may import. Files at `src/` itself are entry points. */
export const LAYERS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(layerTable).filter(([k]) => k !== '//'),
) as Record<string, string[]>;

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The relative module specifiers a source file imports, statically or dynamically. */
export function importsOf(code: string, { types = true } = {}): string[] {
  const out: string[] = [];
  const re =
    /(\bimport\s+type\b[^'"]*?from\s*|\bexport\s+type\b[^'"]*?from\s*|\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]+)\2/g;
  for (const m of code.matchAll(re)) {
    if (!types && /\b(import|export)\s+type\b/.test(m[1]!)) continue;
    out.push(m[3]!);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name)) out.push(p);
  }
  return out;
}

export interface Graph {
  /** File → the files it imports (inside the tree), types included: what the layers check. */
  edges: Map<string, string[]>;
  /** The same without type-only imports, which vanish at run time: what the cycle check reads. */
  runtime: Map<string, string[]>;
}

export function buildGraph(root: string): Graph {
  const files = sourceFiles(root);
  const known = new Set(files);
  const edges = new Map<string, string[]>();
  const runtime = new Map<string, string[]>();
  const resolve = (f: string, specs: string[]): string[] =>
    specs.flatMap((spec) => {
      const base = normalize(join(dirname(f), spec));
      const hit = EXTENSIONS.map((e) => base + e).find((p) => known.has(p));
      return hit ? [hit] : [];
    });
  for (const f of files) {
    const code = readFileSync(f, 'utf8');
    edges.set(f, resolve(f, importsOf(code)));
    runtime.set(f, resolve(f, importsOf(code, { types: false })));
  }
  return { edges, runtime };
}

/** The top folder of a file under `root`, or null for a file at the root itself. */
function folderOf(root: string, file: string): string | null {
  const parts = relative(root, file).split(/[\\/]/);
  return parts.length > 1 ? parts[0]! : null;
}

export function layerViolations(root: string, graph: Graph): string[] {
  const out: string[] = [];
  for (const [file, deps] of graph.edges) {
    const from = folderOf(root, file);
    if (from === null) continue;
    const allowed = LAYERS[from];
    if (!allowed) {
      out.push(`${relative(root, file)}: the folder "${from}" has no place in the layers`);
      continue;
    }
    for (const dep of deps) {
      const to = folderOf(root, dep);
      if (to === null) out.push(`${relative(root, file)} imports the entry ${relative(root, dep)}`);
      else if (to !== from && !allowed.includes(to)) {
        out.push(`${relative(root, file)} (${from}) imports ${relative(root, dep)} (${to})`);
      }
    }
  }
  return out;
}

/** Every run-time import cycle between files (Tarjan's strongly connected components). */
export function cycles(graph: Graph): string[][] {
  const edgesOf = graph.runtime;
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of edgesOf.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (edgesOf.get(v) ?? []).includes(v)) out.push(scc.sort());
    }
  };
  for (const v of edgesOf.keys()) if (!idx.has(v)) visit(v);
  return out;
}

if (process.argv[1] && /layers\.ts$/.test(process.argv[1])) {
  const root = 'src';
  const graph = buildGraph(root);
  const bad = layerViolations(root, graph);
  const loops = cycles(graph);
  const big = sizeViolations(root);
  for (const b of bad) console.error(`layer: ${b}`);
  for (const c of loops) console.error(`cycle: ${c.map((f) => relative(root, f)).join(' → ')}`);
  for (const b of big) console.error(`size: ${b}`);
  console.log(
    `${graph.edges.size} files, ${[...graph.edges.values()].reduce((n, d) => n + d.length, 0)} imports: ${bad.length} layer violation(s), ${loops.length} cycle(s), ${big.length} size violation(s) (max ${MAX_LINES} lines)`,
  );
  if (bad.length || loops.length || big.length) process.exit(1);
}
