import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLanguage } from '../i18n/language-context';

interface PageHeadingProps {
  /** The page's name, also the start of the document title. */
  readonly title: string;
  readonly children?: ComponentChildren;
}

/**
 * The page's h1. It takes the focus when the page opens, so a screen reader announces the new page
 * and the next Tab starts at its top, as after a full page load.
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const { t } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [title]);
  // Only when the page opens: a title filled in by a late answer must not pull the focus back.
  useEffect(() => heading.current?.focus(), []);
  return (
    <h1 id="page-heading" class="page-heading" tabIndex={-1} ref={heading}>
      {children ?? title}
    </h1>
  );
}
