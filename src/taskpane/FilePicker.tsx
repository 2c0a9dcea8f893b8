import { useId, useRef, useState, type ChangeEvent } from 'react';
import { Button, Caption1, Label, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  // The native input stays for the file dialog and assistive technology, but out of sight: its
  // button speaks the browser's language (« Choose Files »), not the pane's.
  input: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  button: { alignSelf: 'flex-start' },
  hint: { color: tokens.colorNeutralForeground2 },
  files: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A labelled file chooser with a button in the pane's language and the list of chosen files. */
export function FilePicker(props: {
  label: string;
  hint: string;
  button: string;
  chosenLabel: string;
  multiple?: boolean;
  disabled: boolean;
  onChoose: (files: FileList | null) => void;
}) {
  const styles = useStyles();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [names, setNames] = useState<string[]>([]);

  function change(event: ChangeEvent<HTMLInputElement>) {
    const files = event.target.files;
    setNames(files ? Array.from(files, (f) => f.name) : []);
    props.onChoose(files);
  }

  return (
    <div className={styles.root}>
      <Label htmlFor={id}>{props.label}</Label>
      <Caption1 className={styles.hint}>{props.hint}</Caption1>
      <input
        ref={input}
        id={id}
        className={styles.input}
        type="file"
        tabIndex={-1}
        multiple={props.multiple ?? false}
        disabled={props.disabled}
        accept={ACCEPT}
        onChange={change}
      />
      <Button
        className={styles.button}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.button}
      </Button>
      {names.length > 0 ? (
        <ul className={styles.files} aria-label={props.chosenLabel} data-testid="chosen-files">
          {names.map((name, i) => (
            <li key={`${i}-${name}`}>{name}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
