/**
 * The sources of the `cpts` user-involvement tables (seed 003), for docs/workbooks.md. `code`
 * formats a name as gen-docs.ts does.
 */
const SEED = '« Comment faire vivre ma CPTS avec et pour les usagers ? », seed 003';

export function cptsNotes(code: (s: string) => string): Record<string, string> {
  return {
    'cpts.GestionProjets': `Indicateurs de gestion de projets (source : atelier ${SEED}) : structuration de l'engagement (comité ou commission des usagers, charte de partenariat ou cadre d'intervention), nombre d'usagers partenaires impliqués, montée en compétence des membres de la CPTS, « Satisfaction des professionnels vis-à-vis de la collaboration avec les usagers » et « Satisfaction des usagers partenaires quant à leur rôle et leur influence », chacune suivie du taux de réponse de l'enquête qui la mesure.`,
    'cpts.Projets': [
      `Engagement par phase (source : atelier ${SEED}) : « Indicateurs quantitatifs des usagers engagés dans les différentes phases du projet (information, concertation, collaboration et partenariat) ». ` +
        `Un projet compte ses usagers dans chaque phase (${code('Usagers engagés en information')}, … ${code('en concertation')}, … ${code('en collaboration')}, … ${code('en partenariat')}) ; le message de saisie de chaque colonne reprend l'exemple d'action du seed (action d'information ou de prévention, enquête citoyenne, Forum Santé avec les comités citoyens, action définie dès sa conception avec des usagers partenaires pilotes). ` +
        `La version 1 ne retenait qu'un niveau par projet : la mise à niveau le reprend dans « Autres données » et le dit dans son rapport.`,
      '',
      `Expérience des usagers (même source) : « Taux de satisfaction des bénéficiaires des actions », « Taux de recommandation des actions par les participants », « Recueil du sentiment d'écoute et de prise en compte des bénéficiaires », « Taux de compréhension des informations délivrées lors des actions » : chacun sur les ${code('Répondants')}, et le ${code('Taux de réponse')} (répondants / participants) à côté, pour qu'un taux de satisfaction ne se lise pas sans le nombre de personnes qui ont répondu. ` +
        `${code('Taux de participation')} : participants / personnes invitées ou ciblées (« Taux de participation des habitants aux actions de prévention ou d'information »).`,
    ].join('\n'),
    'cpts.UsagersPartenaires': `Les usagers partenaires comme personnes (source : atelier ${SEED} : « Nombre d'usagers partenaires impliqués dans les projets, actions ou dans les instances de gouvernance de la CPTS »). Une personne impliquée dans deux projets et au comité des usagers est une seule personne : ${code('CPTS_UsagersPartenaires')} compte les codes distincts, comparés comme le ${code('=')} du classeur (casse ignorée, le nombre 7 et le texte « 7 » différents : voir identifiants.md), dans Excel comme dans LibreOffice ; ${code('CPTS_UsagersPartenairesParProjet')} garde la somme des ${code('Usagers partenaires impliqués')} des projets, qui compte une personne autant de fois qu'elle a de projets. Le code est choisi par la CPTS (UP-01…) : ni nom ni donnée de santé dans le classeur, la correspondance reste chez la CPTS.`,
    'cpts.Population': [
      `Indicateurs populationnels (source : atelier ${SEED}) : « % de participants déclarant mieux comprendre leur santé après l'action » (sur les ${code('Participants interrogés')}), « Évolution du niveau de connaissances avant/après une action », « Nombre d'usagers devenus ambassadeurs ou relais de santé », « Nombre de personnes orientées vers une ressource ou un professionnel adapté », « Taux de recours aux dispositifs présentés lors des actions », « Réduction des difficultés signalées par les usagers concernant l'accès aux soins ». ` +
        `Le taux de recours se lit sur les personnes à qui le dispositif a été présenté (${code('Personnes à qui le dispositif a été présenté')}), non sur les personnes orientées : plus de recours que d'orientations n'est pas une erreur ; plus de recours que de personnes informées est signalé (règle ${code('ratio')}, avertissement). ` +
        `Les évolutions tiennent compte du 0 : ${code('Évolution des difficultés signalées')} (relative) reste vide quand « avant » vaut 0, et ${code('Écart des difficultés signalées (après − avant)')} montre alors le passage de 0 à 5 ; ${code('Évolution des connaissances')} est un écart de scores.`,
      '',
      `« Contribution à l'échelle territoriale aux autres déterminants de santé » (même source), les trois familles du seed, chacune une question OUI / NON : sociaux (isolement, précarité, soutien social), environnementaux (logement, transport, cadre de vie), organisationnels (aux services de santé publique). La version 1 n'en retenait qu'une (${code('Déterminants visés')}) : la mise à niveau la reprend dans « Autres données ».`,
    ].join('\n'),
    'cpts.Preuves': `La chaise à trois pieds (source : atelier « Les bases de l'impact », seed 000), comptée comme dans ${code('ca')} : ${code('Preuve comptée')} vaut le type de la preuve quand elle est décrite et sourcée et qu'elle étaie plus qu'une réalisation ; sinon « Non comptée : » et la raison. Les colonnes de preuves des projets comptent les preuves comptées ; le contrôle signale une preuve non comptée et une preuve sans « Limites et biais » (règle ${code('proof')}).`,
  };
}

export function cptsSyntheseNote(code: (s: string) => string): string {
  return (
    `Sens des chiffres (version 2, atelier ${SEED}) : ${code('CPTS_NbInformation')}, ${code('CPTS_NbConcertation')}, ${code('CPTS_NbCollaboration')} et ${code('CPTS_NbPartenariat')} comptent les projets qui engagent des usagers dans la phase ; ${code('CPTS_UsagersInformation')} et les suivants, les usagers engagés dans la phase, additionnés sur les projets (le graphique les montre). ` +
    `${code('CPTS_UsagersPartenaires')} compte des personnes distinctes (feuille ${code('Usagers partenaires')}). Chaque taux est rapporté à sa population : l'expérience sur les répondants, avec le taux de réponse ; la compréhension de sa santé sur les participants interrogés ; le recours sur les personnes à qui le dispositif a été présenté.`
  );
}
