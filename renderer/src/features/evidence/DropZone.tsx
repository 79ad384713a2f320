// Files dropped anywhere on the Evidence tab are imported. Only the desktop app can turn a dropped File
// into a path on disk (the preload's files.pathFor); elsewhere the examiner is told to use the picker.
import { useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pathForDroppedFile } from '../../api';

interface DropZoneProps {
  children: ReactNode;
  disabled: boolean;
  onPaths(paths: string[]): void;
  onProblem(message: string): void;
}

const hasFiles = (e: DragEvent) => [...e.dataTransfer.types].includes('Files');

export function DropZone({ children, disabled, onPaths, onProblem }: DropZoneProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  function onDragOver(e: DragEvent<HTMLDivElement>) {
    if (!hasFiles(e) || disabled) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  }

  function onDrop(e: DragEvent<HTMLDivElement>) {
    if (!hasFiles(e)) return;
    e.preventDefault();
    setOver(false);
    if (disabled) return;
    const pathFor = pathForDroppedFile();
    if (!pathFor) return onProblem(t('evidence.dropNeedsDesktop'));
    const paths = [...e.dataTransfer.files].map(pathFor).filter((p) => p !== '');
    if (paths.length === 0) return onProblem(t('evidence.dropNoPaths'));
    onPaths(paths);
  }

  return (
    <div
      className={over ? 'drop-zone drop-zone-over' : 'drop-zone'}
      onDragOver={onDragOver}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          {t('evidence.dropHere')}
        </div>
      )}
    </div>
  );
}
