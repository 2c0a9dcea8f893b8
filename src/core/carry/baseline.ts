/**
 * Which indicators start next year from last year's realised value: the cumulative ones
 * (`cumul`, the default), every one with a realised value (`toutes`), or none (`inchangee`: the
 * baselines typed last year are kept). A module of its own: the pane's form imports it alone.
 */
export type BaselineChoice = 'cumul' | 'toutes' | 'inchangee';
export const BASELINE_CHOICES: BaselineChoice[] = ['cumul', 'toutes', 'inchangee'];
