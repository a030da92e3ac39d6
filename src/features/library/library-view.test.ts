import { describe, expect, it } from 'vitest';
import { libraryViewParams, parseLibraryView, viewSlice } from './library-view';

// 120 articles: 70 from 2024 (positions 0-69), 45 from 2023 (70-114), 5 undated (115-119).
const index = {
  total: 120,
  pageSize: 50,
  years: [
    { year: '2024', articles: 70, firstArticle: 0, firstDoc: 0 },
    { year: '2023', articles: 45, firstArticle: 70, firstDoc: 300 },
    { year: null, articles: 5, firstArticle: 115, firstDoc: 500 },
  ],
};

describe('viewSlice', () => {
  it('pages newest first through the date files', () => {
    expect(viewSlice(index, { sort: 'newest', year: null, page: 2 })).toMatchObject({
      order: 'date',
      start: 100,
      end: 120,
      pages: 3,
      files: [2],
    });
  });

  it('reads a year that straddles two files', () => {
    expect(viewSlice(index, { sort: 'newest', year: '2023', page: 0 })).toMatchObject({
      start: 70,
      end: 115,
      total: 45,
      pages: 1,
      files: [1, 2],
    });
    expect(viewSlice(index, { sort: 'newest', year: 'undated', page: 0 })).toMatchObject({
      start: 115,
      end: 120,
      files: [2],
    });
  });

  it('reads oldest first backwards from the end', () => {
    expect(viewSlice(index, { sort: 'oldest', year: null, page: 0 })).toMatchObject({
      start: 70,
      end: 120,
      reversed: true,
      files: [1, 2],
    });
    expect(viewSlice(index, { sort: 'oldest', year: null, page: 2 })).toMatchObject({ start: 0, end: 20, files: [0] });
  });

  it('sorts by title over the whole library, whatever the year', () => {
    expect(viewSlice(index, { sort: 'title', year: '2023', page: 1 })).toMatchObject({
      order: 'title',
      start: 50,
      end: 100,
      total: 120,
    });
  });

  it('keeps a page number past the end on the last page, and an unknown year empty', () => {
    expect(viewSlice(index, { sort: 'newest', year: null, page: 9 })).toMatchObject({ start: 100, end: 120 });
    expect(viewSlice(index, { sort: 'newest', year: '1999', page: 0 })).toMatchObject({ total: 0, files: [] });
  });
});

describe('library view in the URL', () => {
  it('round-trips and leaves defaults out', () => {
    const view = parseLibraryView(new URLSearchParams('sort=oldest&year=2023&page=3'));
    expect(view).toEqual({ sort: 'oldest', year: '2023', page: 2 });
    expect(libraryViewParams(view)).toBe('?sort=oldest&year=2023&page=3');
    expect(libraryViewParams(parseLibraryView(new URLSearchParams('sort=bogus&page=-4')))).toBe('');
  });
});
