/** System errors (errno codes) said in French, for messages about files given by the user. */
const WHY: Record<string, string> = {
  EACCES: 'accès refusé',
  EPERM: 'opération non permise',
  ENOENT: 'fichier ou dossier introuvable',
  EISDIR: "c'est un dossier",
  ENOTDIR: "un élément du chemin n'est pas un dossier",
  ENOSPC: 'plus de place sur le disque',
  EDQUOT: 'quota de disque dépassé',
  EROFS: 'disque en lecture seule',
  EFBIG: 'fichier trop grand',
  EMFILE: 'trop de fichiers ouverts',
  ENFILE: 'trop de fichiers ouverts sur le système',
  EBUSY: 'fichier occupé par un autre programme',
  ETXTBSY: 'fichier occupé par un autre programme',
  ELOOP: 'trop de liens symboliques en boucle',
  ENAMETOOLONG: 'nom de fichier trop long',
  EEXIST: 'le fichier existe déjà',
  EIO: "erreur d'entrée-sortie du disque",
  ENXIO: 'périphérique introuvable',
  EAGAIN: 'ressource momentanément indisponible, réessayez',
  EXDEV: 'déplacement impossible entre deux disques',
  ENOMEM: 'mémoire insuffisante',
};

export function errnoCode(e: unknown): string | undefined {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** « accès refusé », … or, for a code without a French wording, « erreur système CODE ». */
export function systemReason(e: unknown): string {
  const code = errnoCode(e);
  return (code && WHY[code]) ?? `erreur système ${code ?? 'inconnue'}`;
}
