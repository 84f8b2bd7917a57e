/** Merges resolver maps type by type; a field defined twice is a programming error. */
export function mergeResolvers<T extends object>(maps: T[]): T {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map as Record<string, object>)) {
      const target = (merged[typeName] ??= {});
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) {
          throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        }
        target[field] = resolver;
      }
    }
  }

  return merged as T;
}
