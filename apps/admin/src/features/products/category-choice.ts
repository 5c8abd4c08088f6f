/**
 * A category as the products feature shows it in pickers: the route passes the tree (from the categories
 * feature) flattened in reading order, with each one's depth.
 */
export interface CategoryChoice {
  id: string;
  name: string;
  parentId: string | null;
  depth: number;
}
