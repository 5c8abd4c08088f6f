import { buttonClassName, Card } from '@comptoir/ui';
import { Link } from 'react-router-dom';
import './welcome-card.css';

export interface DashboardShortcut {
  to: string;
  label: string;
}

export interface WelcomeCardProps {
  firstName: string;
  storeName: string | undefined;
  /** Links to what this employee may manage (the first is the main one); none for a role without sections. */
  shortcuts: readonly DashboardShortcut[];
}

/** The dashboard's greeting, with shortcuts to what the employee can manage today. */
export function WelcomeCard({ firstName, storeName, shortcuts }: WelcomeCardProps) {
  return (
    <Card
      title={`Welcome, ${firstName}`}
      description={storeName ? `You are managing ${storeName}.` : 'You are signed in to the back office.'}
    >
      <div className="ad-welcome">
        <p>
          This is your back office. The menu shows the sections your role gives you access to; the shortcuts
          below lead to common tasks.
        </p>
        {shortcuts.length > 0 ? (
          <ul className="ad-welcome__links">
            {shortcuts.map((shortcut, index) => (
              <li key={shortcut.to}>
                <Link
                  to={shortcut.to}
                  className={buttonClassName({ variant: index === 0 ? 'primary' : 'secondary' })}
                >
                  {shortcut.label}
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="ct-text-muted">
            Your role does not include any section yet. Ask the store owner if you need access to something.
          </p>
        )}
      </div>
    </Card>
  );
}
