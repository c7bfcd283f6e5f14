/** The panel sizes we test: HP's legacy panels, KM i-Series class, and large 10" panels. */
export const panelSizes = [
  { id: '800x480', width: 800, height: 480 },
  { id: '1024x600', width: 1024, height: 600 },
  { id: '1280x800', width: 1280, height: 800 },
] as const;

export type PanelSize = (typeof panelSizes)[number];
export type PanelSizeId = PanelSize['id'];

export function panelSize(id: string | null): PanelSize {
  return panelSizes.find((size) => size.id === id) ?? panelSizes[0];
}
