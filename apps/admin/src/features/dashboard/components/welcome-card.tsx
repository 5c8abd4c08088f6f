import { buttonClassName, Card } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import './welcome-card.css';

export interface WelcomeCardProps {
  firstName: string;
  storeName: string | undefined;
}

/** The dashboard's greeting, with shortcuts to what can be managed today. */
export function WelcomeCard({ firstName, storeName }: WelcomeCardProps) {
  return (
    <Card
      title={`Welcome, ${firstName}`}
      description={storeName ? `You are managing ${storeName}.` : 'You are signed in to the back office.'}
    >
      <div className="ad-welcome">
        <p>
          This is your back office. Set up how the store presents itself and sells: its name, contact email,
          currency, default country and how prices show tax. Catalog, orders and customers will appear in the
          menu as they become available.
        </p>
        <ul className="ad-welcome__links">
          <li>
            <Link to="/settings" className={buttonClassName({ variant: 'primary' })}>
              Review store settings
            </Link>
          </li>
        </ul>
      </div>
    </Card>
  );
}
