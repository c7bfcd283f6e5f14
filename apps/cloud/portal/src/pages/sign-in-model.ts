import { type ReadonlySignal, signal } from '@preact/signals';
import type { PortalFailure } from '../api/portal-failure';
import type { SessionModel } from '../session/session-model';

export type SignInProblem = PortalFailure | { readonly kind: 'missing_fields' };

/** The sign-in form: the password lives here only until it is sent, and is gone after a failure. */
export interface SignInModel {
  readonly username: ReadonlySignal<string>;
  readonly password: ReadonlySignal<string>;
  readonly submitting: ReadonlySignal<boolean>;
  readonly problem: ReadonlySignal<SignInProblem | null>;
  setUsername(value: string): void;
  setPassword(value: string): void;
  /** Resolves to true when the person is signed in. */
  submit(): Promise<boolean>;
}

export function createSignInModel(session: SessionModel): SignInModel {
  const username = signal('');
  const password = signal('');
  const submitting = signal(false);
  const problem = signal<SignInProblem | null>(null);
  return {
    username,
    password,
    submitting,
    problem,
    setUsername: (value) => {
      username.value = value;
    },
    setPassword: (value) => {
      password.value = value;
    },
    submit: async () => {
      if (submitting.value) return false;
      const name = username.value.trim();
      if (name === '' || password.value === '') {
        problem.value = { kind: 'missing_fields' };
        return false;
      }
      submitting.value = true;
      problem.value = null;
      const failure = await session.signIn(name, password.value);
      submitting.value = false;
      password.value = '';
      problem.value = failure ?? null;
      return failure === undefined;
    },
  };
}
