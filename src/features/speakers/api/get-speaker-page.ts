import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { dataFiles, dataUrl } from '../../../ingest/library/data-files';
import { SpeakerPageSchema } from '../../../ingest/library/library-schema';
import { fetchJson } from '../../../lib/fetch-json';

export const speakerPageQuery = (speakerId: string, page: number) =>
  queryOptions({
    queryKey: ['speaker', speakerId, page],
    queryFn: ({ signal }) => fetchJson(dataUrl(dataFiles.speakerPage(speakerId, page)), SpeakerPageSchema, signal),
  });

export const useSpeakerPage = (speakerId: string, page: number) => useSuspenseQuery(speakerPageQuery(speakerId, page));
