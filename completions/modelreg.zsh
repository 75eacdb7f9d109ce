#compdef modelreg
# zsh completion for modelreg (modelreg completion zsh)
_modelreg() {
    local -a reply values descs
    local line
    reply=("${(@f)$(_MODELREG_COMPLETE=zsh modelreg "${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
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
