import { useParams } from 'react-router';
import { ReaderPage } from '../../features/reader/components/reader-page';

export function ReaderRoute() {
  const { slug = '', quoteId } = useParams();
  return <ReaderPage key={slug} slug={slug} quoteId={quoteId ?? null} />;
}
