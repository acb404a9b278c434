// The Element Timing attribute (https://w3c.github.io/element-timing/): the browser records when a marked element
// was first painted, so "the balance is visible" is a time the browser reports, not one a poller guesses.
import "react";

declare module "react" {
  // Merging into React's interface needs its type parameter under the same name, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface HTMLAttributes<T> {
    elementtiming?: string;
  }
}
