/** A bundle of strings: the Korean table must have exactly the English table's keys. */
export function defineStrings<K extends string>(bundle: {
  en: Record<K, string>;
  ko: Record<NoInfer<K>, string>;
}): { en: Record<K, string>; ko: Record<K, string> } {
  return bundle;
}

/** Two bundles as one, for a component that uses the texts of both. */
export function mergeBundles<A extends string, B extends string>(
  a: { en: Record<A, string>; ko: Record<A, string> },
  b: { en: Record<B, string>; ko: Record<B, string> },
): { en: Record<A | B, string>; ko: Record<A | B, string> } {
  return { en: { ...a.en, ...b.en }, ko: { ...a.ko, ...b.ko } };
}
