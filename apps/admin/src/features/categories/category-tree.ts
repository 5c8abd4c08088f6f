/** A category in a flat list, with its depth in the tree (0 for top level). */
export interface FlatCategory {
  id: string;
  name: string;
  handle: string;
  parentId: string | null;
  depth: number;
}

interface TreeNode {
  id: string;
  name: string;
  handle: string;
  parentId: string | null;
  children: readonly TreeNode[];
}

/** The tree in reading order (each category followed by its sub-categories), with depths. */
export function flattenCategoryTree(nodes: readonly TreeNode[], depth = 0): FlatCategory[] {
  return nodes.flatMap((node) => [
    { id: node.id, name: node.name, handle: node.handle, parentId: node.parentId, depth },
    ...flattenCategoryTree(node.children, depth + 1),
  ]);
}

/** The ids of a category's descendants (a category cannot move under one of them). */
export function descendantIds(node: TreeNode): Set<string> {
  const ids = new Set<string>();
  const visit = (children: readonly TreeNode[]) => {
    for (const child of children) {
      ids.add(child.id);
      visit(child.children);
    }
  };
  visit(node.children);
  return ids;
}

/** A name indented by its depth, for the options of a native `<select>` (which cannot nest). */
export function indentedName(category: Pick<FlatCategory, 'name' | 'depth'>): string {
  return `${'\u00a0\u00a0\u00a0'.repeat(category.depth)}${category.name}`;
}
