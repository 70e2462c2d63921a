import { PNG } from 'pngjs';

/**
 * A stand-in player photo, drawn here so tests and the README gallery need no third-party picture: a
 * head-and-shoulders silhouette in a shirt, lit from the top left, on a studio gradient. Deterministic
 * (pure arithmetic), 480×600 in flat bands of light (small once compressed), as the data: URI a payload carries.
 */
export function playerPhoto(shirt = [255, 255, 255] as const): string {
  const width = 480;
  const height = 600;
  // drawn on a 240×300 grid, scaled up
  const k = 2;
  const png = new PNG({ width, height });
  const inHead = (x: number, y: number) => ((x - 120) / 39) ** 2 + ((y - 100) / 48) ** 2 <= 1;
  const inNeck = (x: number, y: number) => Math.abs(x - 120) < 20 && y > 135 && y < 170;
  // shoulders: widening from the neck in an easing curve, then straight down
  const inShirt = (x: number, y: number) => {
    if (y < 158) return false;
    const t = Math.min(1, (y - 158) / 50);
    return Math.abs(x - 120) < 26 + 84 * (1 - (1 - t) ** 2);
  };
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const i = (py * width + px) * 4;
      const [x, y] = [px / k, py / k];
      // light falls off from the top left in 8 flat bands
      const light = 1 - Math.round((8 * Math.hypot(x - 60, y - 40)) / 350) * 0.05;
      const band = Math.round((8 * y * k) / height) / 8;
      let rgb: [number, number, number] = [Math.round(70 - 30 * band), Math.round(82 - 34 * band), Math.round(104 - 40 * band)];
      if (inShirt(x, y)) rgb = [shirt[0] * light, shirt[1] * light, shirt[2] * light].map(Math.round) as [number, number, number];
      else if (inHead(x, y) || inNeck(x, y)) rgb = [Math.round(150 * light), Math.round(105 * light), Math.round(80 * light)];
      png.data[i] = rgb[0];
      png.data[i + 1] = rgb[1];
      png.data[i + 2] = rgb[2];
      png.data[i + 3] = 255;
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png, { colorType: 2 }).toString('base64')}`;
}
