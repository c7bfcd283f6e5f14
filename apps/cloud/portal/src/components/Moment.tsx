import { useLanguage } from '../i18n/language-context';

/** A moment as "5 minutes ago", with the date and time beside it for the record. */
export function Moment({ iso, now }: { readonly iso: string; readonly now?: Date }) {
  const { relative, dateTime } = useLanguage();
  return (
    <time dateTime={iso}>
      {relative(iso, now)} <span class="muted">({dateTime(iso)})</span>
    </time>
  );
}
