import { Alert, Badge, Button, Card } from '@comptoir/ui';
import { type ReactNode, useState } from 'react';
import { describeError } from '../../../lib/describe-error';
import { useDisableTwoFactor } from '../api/disable-two-factor';
import { useEnableTwoFactor } from '../api/enable-two-factor';
import { useSetUpTwoFactor } from '../api/set-up-two-factor';
import { RecoveryCodes } from './recovery-codes';
import { TurnOffTwoFactor } from './turn-off-two-factor';
import { TwoFactorSetup } from './two-factor-setup';

export interface TwoFactorSettingsProps {
  /** Whether the signed-in employee has two-factor authentication on. */
  enabled: boolean;
  /** Called after it was turned on or off, to refresh the signed-in employee. */
  onChanged: () => void;
}

/**
 * Two-factor authentication for the signed-in employee: set up (key → code → recovery codes, shown once) or
 * turn off (with a code).
 */
export function TwoFactorSettings({ enabled, onChanged }: TwoFactorSettingsProps) {
  const setUp = useSetUpTwoFactor();
  const enable = useEnableTwoFactor(onChanged);
  const disable = useDisableTwoFactor(onChanged);
  const [turnedOff, setTurnedOff] = useState(false);

  const status = enabled ? <Badge tone="success">On</Badge> : <Badge>Off</Badge>;
  const description =
    'A code from an app on your phone, asked for at each sign-in, keeps your account safe even if your password leaks.';

  let body: ReactNode;
  if (enable.data) {
    // Right after turning it on: the recovery codes, once, whatever the employee's state says meanwhile.
    body = (
      <RecoveryCodes
        codes={enable.data.recoveryCodes}
        onDone={() => {
          enable.reset();
          setUp.reset();
        }}
      />
    );
  } else if (enabled) {
    body = (
      <TurnOffTwoFactor
        isPending={disable.isPending}
        error={disable.error}
        onSubmit={(code) => disable.mutate(code, { onSuccess: () => setTurnedOff(true) })}
      />
    );
  } else if (setUp.data) {
    body = (
      <TwoFactorSetup
        setup={setUp.data}
        isConfirming={enable.isPending}
        error={enable.error}
        onConfirm={(code) => enable.mutate(code)}
        onCancel={() => {
          setUp.reset();
          enable.reset();
        }}
      />
    );
  } else {
    body = (
      <div className="ad-two-factor">
        {turnedOff ? <Alert tone="success">Two-factor authentication is off.</Alert> : null}
        {setUp.error ? <Alert tone="error">{describeError(setUp.error)}</Alert> : null}
        <div>
          <Button
            loading={setUp.isPending}
            onClick={() => {
              setTurnedOff(false);
              disable.reset();
              setUp.mutate();
            }}
          >
            Set up two-factor authentication
          </Button>
        </div>
      </div>
    );
  }

  return (
    <Card title="Two-factor authentication" description={description} actions={status}>
      {body}
    </Card>
  );
}
