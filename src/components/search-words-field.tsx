/**
 * The words box and its button, as the library's search form and the search page's filters both
 * show them; a form around it that submits in one task (see `submitInOneTask`).
 */
import type { FormEvent } from 'react';
import type { SubmitFunction } from 'react-router';

export function SearchWordsField({
  id,
  defaultValue,
  placeholder,
}: {
  id: string;
  defaultValue: string;
  placeholder?: string;
}) {
  return (
    <div className="flex gap-2">
      <label htmlFor={id} className="sr-only">
        Search titles, quotes and speakers
      </label>
      <input
        id={id}
        name="q"
        type="search"
        required
        defaultValue={defaultValue}
        placeholder={placeholder}
        className="min-h-11 min-w-0 flex-1 rounded-md border border-gray-400 bg-white px-3 py-2 text-base dark:border-gray-600 dark:bg-gray-900"
      />
      <button
        type="submit"
        className="min-h-11 rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
      >
        Search
      </button>
    </div>
  );
}

/**
 * A search form's submit handler: the results page renders in the submit's own task (flushSync),
 * not as a transition sliced across many.
 */
export const submitInOneTask = (submit: SubmitFunction) => (event: FormEvent<HTMLFormElement>) => {
  event.preventDefault();
  void submit(event.currentTarget, { flushSync: true });
};
