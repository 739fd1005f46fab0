/** One page of a list query's rows, and how many rows the whole list holds. */
export interface Page<T> {
  total: number;
  items: T[];
}
