import React, {type ReactNode} from 'react';
import QRCode from 'qrcode';

/**
 * A QR code drawn as inline SVG from the qrcode library's module matrix: nothing is fetched and
 * no markup string is injected, so it works offline and under the site's CSP.
 */
export default function QrCode({text, label, size = 160}: {text: string; label: string; size?: number}): ReactNode {
  const {modules} = QRCode.create(text, {errorCorrectionLevel: 'M'});
  const quiet = 4;
  const width = modules.size + 2 * quiet;
  let path = '';
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) path += `M${column + quiet} ${row + quiet}h1v1h-1z`;
    }
  }
  return (
    <svg role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${width} ${width}`} shapeRendering="crispEdges" data-qr={text}>
      <rect width={width} height={width} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
