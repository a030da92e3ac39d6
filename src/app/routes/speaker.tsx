import { data, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { speakerPageQuery } from '../../features/speakers/api/get-speaker-page';
import { SpeakerPage } from '../../features/speakers/components/speaker-page';
import { NotFoundError } from '../../lib/fetch-json';
import { queryClient } from '../query-client';

function pageOf(request: Request): number {
  const page = Number(new URL(request.url).searchParams.get('page') ?? '1');
  return Number.isInteger(page) && page > 1 ? page - 1 : 0;
}

export async function loader({ params, request }: LoaderFunctionArgs) {
  const speakerId = params.speakerId ?? '';
  const page = pageOf(request);
  try {
    await queryClient.ensureQueryData(speakerPageQuery(speakerId, page));
  } catch (error) {
    if (error instanceof NotFoundError) throw data('speaker', { status: 404 });
    throw error;
  }
  return { speakerId, page };
}

/** The route module's page: React Router takes `Component` and `loader` from a lazy module as they are. */
export function Component() {
  const { speakerId, page } = useLoaderData<typeof loader>();
  return <SpeakerPage key={`${speakerId}/${page}`} speakerId={speakerId} page={page} />;
}
