import React, {type ReactNode} from 'react';
import type {TextPiece} from '@site/src/shared/search/types';

/** A snippet as text nodes and <mark>s: built from escaped pieces, never from HTML. */
export default function Snippet({pieces}: {pieces: TextPiece[]}): ReactNode {
  return (
    <>
      {pieces.map((piece, i) => (piece.highlight ? <mark key={i}>{piece.text}</mark> : <React.Fragment key={i}>{piece.text}</React.Fragment>))}
    </>
  );
}
