import type { SignedInState } from '@cardenroll/core';
import { Button } from '../Button';
import { useT } from '../i18n-context';
import { Screen } from '../Screen';

interface SignedInScreenProps {
  readonly state: SignedInState;
  readonly onLogOut: () => void;
}

/** The user is signed in at the printer; for a card registered just now, the panel says so. */
export function SignedInScreen({ state, onLogOut }: SignedInScreenProps) {
  const t = useT();
  return (
    <Screen
      name="signed-in"
      title={t('signedIn.title', { name: state.user.displayName })}
      actions={
        <Button kind="primary" onClick={onLogOut}>
          {t('signedIn.logOut')}
        </Button>
      }
    >
      <p class="screen__text" role="status">
        {state.enrolled ? t('signedIn.enrolled') : t('signedIn.welcome')}
      </p>
    </Screen>
  );
}
