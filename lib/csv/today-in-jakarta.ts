/**
 * Today's date where the teams are (WIB, UTC+7), so "future" means their future.
 * @example todayInJakarta(new Date("2024-11-03T18:30:00Z")) // "2024-11-04"
 */
export function todayInJakarta(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
