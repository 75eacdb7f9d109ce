#compdef modelreg
# zsh completion for modelreg (modelreg completion zsh)
_modelreg_find() {  # the interpreter on modelreg's "#!" line: found once, again if gone
    [[ -x $_modelreg_python ]] && return
    local script line
    typeset -g _modelreg_python=
    script=${commands[modelreg]} && [[ -r $script ]] && IFS= read -r line <"$script" &&
        [[ $line == '#!/'*/python* && $line != *[[:space:]]* && -x ${line:2} ]] &&
        _modelreg_python=${line:2}
}
_modelreg_run() {
    if [[ -n $_modelreg_python ]]; then
        "$_modelreg_python" -P -c 'from modelreg.cli.main import main; main()' "$@"
    else
        modelreg "$@"
    fi
}
_modelreg() {
    local -a reply values descs
    local line
    local answer
    _modelreg_find
    answer=$(export _MODELREG_COMPLETE=zsh; _modelreg_run "${(@Q)words[2,CURRENT]}" 2>/dev/null)
    reply=("${(@f)answer}")
    if [[ ${reply[1]} == files ]]; then
        _files
        return
    fi
    [[ ${reply[1]} == values ]] || return 1
    for line in "${(@)reply[2,-1]}"; do
        [[ -n $line ]] || continue
        if [[ $line == *$'\t'* ]]; then
            values+=("${line%%$'\t'*}")
            descs+=("${line%%$'\t'*}  -- ${line#*$'\t'}")
        else
            values+=("$line")
            descs+=("$line")
        fi
    done
    (( ${#values} )) && compadd -U -l -d descs -- "${values[@]}"
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _modelreg "$@"
else
    compdef _modelreg modelreg
fi
