import { buttonClassName, PageHeader } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import { ApiKeyList } from '../../features/api-keys/components/api-key-list';
import { useDocumentTitle } from '../../lib/use-document-title';

export function ApiKeysRoute() {
  useDocumentTitle(['API keys', 'Back office']);
  const createLink = (
    <Link to="/api-keys/new" className={buttonClassName({ variant: 'primary' })}>
      Create API key
    </Link>
  );
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let other software use the Admin API. Each holds only the permissions you give it."
        actions={createLink}
      />
      <ApiKeyList createAction={createLink} />
    </>
  );
}
