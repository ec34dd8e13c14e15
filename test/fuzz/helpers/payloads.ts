// Payloads for fuzzing the API: anything at all, and — the most telling kind — a valid payload
// with one field replaced, removed or joined by a stranger. A schema that refuses garbage at the
// top level may still let a bad value through three levels down, and only a payload that is
// otherwise right reaches the handler with it.
import fc from 'fast-check';

type Path = readonly (string | number)[];

/** Every place in a payload where a value sits (the root included). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const paths: Path[] = [prefix];
  if (Array.isArray(value)) value.forEach((item, i) => paths.push(...pathsOf(item, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...prefix, key]));
  }
  return paths;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return copy;
}

function removeAt(root: unknown, path: Path): unknown {
  if (path.length === 0) return undefined;
  const copy = clone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return copy;
}

/** Values that break assumptions: edge numbers, dates that are not, IDs that almost are, long and odd text. */
const awkward = fc.oneof(
  fc.constantFrom(
    0, -1, 1.5, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31), 1e308,
    '', ' ', '\u3000', '\u0000', 'null', 'undefined', '0', '-1', '1e400', 'NaN', '__proto__', 'constructor', "'; DROP TABLE person; --",
    '2024-02-30', '2023-02-29', '0000-00-00', '9999-12-31', '1899-12-31', '2026-13-01', '2026-00-10', '2026-1-1', '2026-06-30T25:61',
    '11010519491231002X', '110105194912310021', '11010519491231002x', '１１０１０５１９４９１２３１００２Ｘ', '110105491231002', 'AX-000001-X', 'AX-000001-0',
    'A*02:01', 'A*02', 'DRB1*15:01:01:01N', '+8613800138000', '0754-88123456', '13800138000',
    '\uD800', '\uDFFF', '\u202E', '\uFEFF', '🩸'.repeat(40), '陈'.repeat(5000), 'x'.repeat(100_000),
  ),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.anything(), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything(), { maxKeys: 4 }),
);

/** Anything a transport could carry: structured clone (IPC) allows dates, maps, sets, typed arrays, bigints. */
export const anyPayload = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withNullPrototype: true,
  withBoxedValues: true,
});

/** A valid payload with one thing changed: one field replaced or removed, a stranger key added, or the whole thing replaced. */
export function mutationsOf(valid: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(valid);
  const inner = paths.filter((p) => p.length > 0);
  const replaced = fc.tuple(fc.constantFrom(...paths), awkward).map(([path, value]) => setAt(valid, path, value));
  const arms: fc.Arbitrary<unknown>[] = [replaced, replaced, replaced, fc.constant(valid), anyPayload];
  if (inner.length > 0) arms.push(fc.constantFrom(...inner).map((path) => removeAt(valid, path)));
  if (valid !== null && typeof valid === 'object' && !Array.isArray(valid)) {
    arms.push(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), awkward).map(([key, value]) => ({ ...clone(valid), [key]: value })));
  }
  return fc.oneof(...arms);
}
