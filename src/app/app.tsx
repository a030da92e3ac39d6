import { QueryClientProvider } from '@tanstack/react-query';
import { flushSync } from 'react-dom';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { queryClient } from './query-client';

/** The router's signature for it (it ignores the result). */
const flushNavigation = (fn: () => unknown): undefined => {
  flushSync(fn);
};

export function App({ router }: { router: ReturnType<typeof createBrowserRouter> }) {
  return (
    <QueryClientProvider client={queryClient}>
      {/* flushSync lets a navigation render in its own task when asked (the speaker filter does). */}
      <RouterProvider router={router} flushSync={flushNavigation} />
    </QueryClientProvider>
  );
}
