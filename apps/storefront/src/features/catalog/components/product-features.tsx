import { Table, TableBody, TableCell, TableHeaderCell, TableRow } from '@comptoir/ui';
import type { StoreProduct } from '../api/catalog-types';

/** The product's features (material, origin…) as a two-column table. */
export function ProductFeatures({ features }: { features: StoreProduct['features'] }) {
  return (
    <Table caption="Product details" hideCaption>
      <TableBody>
        {features.map((feature) => (
          <TableRow key={`${feature.name}:${feature.value}`}>
            <TableHeaderCell scope="row">{feature.name}</TableHeaderCell>
            <TableCell>{feature.value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
