#compdef modelreg

_modelreg_completion() {
  eval $(env _TYPER_COMPLETE_ARGS="${words[1,$CURRENT]}" _MODELREG_COMPLETE=complete_zsh modelreg)
}

compdef _modelreg_completion modelreg
