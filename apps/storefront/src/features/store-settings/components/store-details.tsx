import type { StoreSettings } from '@comptoir/sdk';
import { Card, DescriptionList } from '@comptoir/ui';
import { describeCountry, describeCurrency, describeTaxDisplay } from '../describe-store-settings';

export interface StoreDetailsProps {
  settings: StoreSettings;
}

/** The store's public settings, as a list of labelled values. */
export function StoreDetails({ settings }: StoreDetailsProps) {
  return (
    <Card title="Store details">
      <DescriptionList
        items={[
          { term: 'Store name', description: settings.name },
          {
            term: 'Support email',
            description: settings.supportEmail ? (
              <a href={`mailto:${settings.supportEmail}`}>{settings.supportEmail}</a>
            ) : (
              <span className="ct-text-muted">Not provided</span>
            ),
          },
          { term: 'Currency', description: describeCurrency(settings.currency) },
          { term: 'Default country', description: describeCountry(settings.defaultCountry) },
          { term: 'Prices include tax', description: describeTaxDisplay(settings.taxDisplay) },
        ]}
      />
    </Card>
  );
}
