# zsh -f zsh_complete.zsh FPATH_DIR "words typed": what zsh completes there, one a line. A real interactive zsh
# in a pseudo-terminal (zpty), compinit, and compadd wrapped to print its matches (as zsh-capture-completion does).
zmodload zsh/zpty || exit 2
zpty z zsh -f -i
zpty -w z "PROMPT= ; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "zstyle ':completion:*' list-grouped false; zstyle ':completion:*' insert-tab false; zstyle ':completion:*' list-separator ''"
zpty -w z "zle -C __capture complete-word _main_complete; bindkey '^X' __capture"
zpty -w z 'compadd () {
  if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then builtin compadd "$@"; return $?; fi
  typeset -a __hits; builtin compadd -A __hits "$@"
  (( $#__hits == 0 )) && return 0
  for __h in $__hits; do print -r -- "<H""IT>$__h"; done
}'
zpty -w z "comppostfuncs=(__done); __done() { print -r -- '<DO''NE>'; }"
zpty -n -w z "$2"$'\C-x'
zpty -r z line "*<DONE>*" || exit 3
zpty -d z
print -r -- "$line" | tr -d "\r" | grep -ao "<HIT>.*" | sed "s/^<HIT>//"
