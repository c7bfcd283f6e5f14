import type { ComponentChildren } from 'preact';
import { usePortal } from '../portal-context';
import type { Route } from '../routing/route';

interface RouteLinkProps {
  readonly to: Route;
  readonly class?: string;
  readonly current?: boolean;
  readonly children: ComponentChildren;
}

/** A real link to a portal page that opens it without reloading; new tabs and windows work as usual. */
export function RouteLink({ to, class: className, current = false, children }: RouteLinkProps) {
  const { router } = usePortal();
  return (
    <a
      href={router.href(to)}
      class={className}
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        router.go(to);
      }}
    >
      {children}
    </a>
  );
}
