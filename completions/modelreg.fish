# fish completion for modelreg (modelreg completion fish)
function __modelreg_complete
    if not test -x "$__modelreg_python"  # found once; again if gone, or none was
        set -g __modelreg_python ""
        set -l script (command -s modelreg)
        and read -l line <$script
        and string match -qr '^#!/\S*/python[^/\s]*$' -- $line
        and test -x (string sub -s 3 -- $line)
        and set -g __modelreg_python (string sub -s 3 -- $line)
    end
    set -l tokens (commandline -opc) (commandline -ct)
    set -lx _MODELREG_COMPLETE fish
    set -l reply
    if test -n "$__modelreg_python"
        set reply ($__modelreg_python -P -c 'from modelreg.cli.main import main; main()' $tokens[2..-1] 2>/dev/null)
    else
        set reply (modelreg $tokens[2..-1] 2>/dev/null)
    end
    if test "$reply[1]" = files
        __fish_complete_path (commandline -ct)
    else if test "$reply[1]" = values
        printf '%s\n' $reply[2..-1]
    end
end
complete -c modelreg -f -a '(__modelreg_complete)'
