import { Component, type ComponentChildren } from 'preact';
import { LanguageContext } from '../i18n/language-context';
import type { PortalLanguage } from '../i18n/translate';

interface ErrorBoundaryProps {
  readonly children: ComponentChildren;
  /** Where "back" leads: the page the person can always use. */
  readonly homeHref: string;
}

interface ErrorBoundaryState {
  readonly crashed: boolean;
}

/**
 * Keeps a bug in one page from blanking the portal: the page is replaced by a message with a way
 * back, and the header (Sign out) stays. The App keys it by page, so opening another page resets it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  static override getDerivedStateFromError(): ErrorBoundaryState {
    return { crashed: true };
  }

  override state: ErrorBoundaryState = { crashed: false };

  override componentDidCatch(error: unknown): void {
    console.error('A portal page failed to render', error);
  }

  override render() {
    if (!this.state.crashed) return this.props.children;
    return (
      <LanguageContext.Consumer>
        {({ t }: PortalLanguage) => (
          <section class="page" aria-labelledby="crash-heading">
            <h1 id="crash-heading" class="page-heading">
              {t('crash.title')}
            </h1>
            <p role="alert">{t('crash.body')}</p>
            <p class="actions">
              <a class="button" href={this.props.homeHref}>
                {t('crash.home')}
              </a>
            </p>
          </section>
        )}
      </LanguageContext.Consumer>
    );
  }
}
