/**
 * Whether a survey answer, trimmed, is no answer: blank, or `N/A` as survey tools write a
 * question left unanswered (`N/A`, `n/a`, `NA`, any case).
 *
 * @example
 * nonResponse('N/A'); // true
 * nonResponse('0'); // false
 */
export function nonResponse(answer: string): boolean {
  return answer === '' || /^n\/?a$/i.test(answer);
}
