import { QueryClient } from '@tanstack/react-query';

/** One client for the app: route loaders warm it, components read it. Data files only change on re-ingest. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false },
  },
});
