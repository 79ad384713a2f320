// What the report panels share: a contract call made when its request (or `refresh`) changes, an answer that
// arrives after the next change or after the panel is gone dropped, and actions whose failure becomes the
// error the panel shows.
import { useCallback, useEffect, useState } from 'react';
import type { Method, Request, Response } from '../../../shared/api/contract';
import { call } from '../api';
import { useErrorMessage } from './error-message';

export interface LoadedCall<M extends Method> {
  /** The answer, or null while it is on its way (or when the call failed). */
  value: Response<M> | null;
  setValue(v: Response<M> | null): void;
  error: string | null;
  /** Runs `fn`, clearing the error first and showing its failure. */
  act(fn: () => Promise<void>): Promise<void>;
}

export function useLoadedCall<M extends Method>(method: M, request: Request<M>, refresh = ''): LoadedCall<M> {
  const errorMessage = useErrorMessage();
  const [value, setValue] = useState<Response<M> | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The request by value, so that a new object with the same fields does not call again.
  const json = JSON.stringify(request);

  useEffect(() => {
    let live = true;
    setValue(null);
    call(method, JSON.parse(json) as Request<M>).then(
      (v) => live && setValue(v),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [method, json, refresh, errorMessage]);

  const act = useCallback(
    async (fn: () => Promise<void>) => {
      setError(null);
      try {
        await fn();
      } catch (e) {
        setError(errorMessage(e));
      }
    },
    [errorMessage],
  );
  return { value, setValue, error, act };
}
