/**
 * The command of a batch being checked or written, by its index among the commands applied: a refusal
 * thrown inside the transaction leaves it pointing at the command to blame (see CommandFailure).
 */
export interface BatchCursor {
  index: number;
}
