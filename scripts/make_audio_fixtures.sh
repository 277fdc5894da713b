#!/bin/sh
# Regenerate the spoken voicemail fixtures in tests/fixtures/audio/.
# Needs espeak-ng and sox (with libsox-fmt-all for MP3 and GSM). The files are small and
# committed; run this only to change them. Output is not bit-identical across espeak-ng
# versions, which is fine: the tests assert on words, not on bytes.
set -eu
cd "$(dirname "$0")/../tests/fixtures/audio"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

say() { # say VOICE NAME TEXT: speech -> telephone formats (8 kHz mono)
    voice=$1 name=$2 text=$3
    espeak-ng -v "$voice" -s 150 -w "$tmp/$name.wav" "$text"
    # 8 kHz u-law WAV: what most PBXes write when told "wav".
    sox "$tmp/$name.wav" -r 8000 -c 1 -e u-law "${name}_ulaw_8k.wav"
    # GSM 6.10 inside WAV (WAV49): Asterisk's default voicemail format.
    sox "$tmp/$name.wav" -r 8000 -c 1 -e gsm-full-rate "${name}_wav49_gsm.wav"
    # MP3, as many hosted PBXes attach to voicemail-to-email.
    sox "$tmp/$name.wav" -r 8000 -c 1 -C 16 "${name}_8k.mp3"
}

say en-us voicemail_en_website_down \
    "Hello, this is Jan from the shop. The website is down, customers cannot pay at the checkout. Please call me back, it is urgent."
say nl voicemail_nl_storing \
    "Goedemorgen, met Jan Jansen. De website is offline, er is een storing. Klanten kunnen niet betalen. Wilt u mij dringend terugbellen?"
say de voicemail_de_nicht_erreichbar \
    "Guten Abend, hier spricht Klaus Becker. Die Webseite ist nicht erreichbar, dringend. Unsere Kunden können nichts bestellen. Bitte rufen Sie mich zurück."

# Asterisk spool pair: DIR/msg0000.wav (PCM 8 kHz, format "wav") + its msg0000.txt.
spool_pair() { # spool_pair DIR SPEECH_WAV CALLERCHAN ORIGDATE ORIGTIME MSG_ID
    dir=$1 speech=$2 chan=$3 origdate=$4 origtime=$5 msg_id=$6
    mkdir -p "$dir"
    sox "$speech" -r 8000 -c 1 -b 16 -e signed-integer "$dir/msg0000.wav"
    dur=$(sox --i -D "$dir/msg0000.wav" | cut -d. -f1)
    cat > "$dir/msg0000.txt" <<TXT
;
; Message Information file
;
[message]
origmailbox=100
context=macro-vm
macrocontext=ext-local
exten=s-NOANSWER
rdnis=unknown
priority=2
callerchan=$chan
callerid="Jan Jansen" <0612345678>
origdate=$origdate
origtime=$origtime
category=
msg_id=$msg_id
flag=
duration=$dur
TXT
}

spool_pair asterisk_spool_nl "$tmp/voicemail_nl_storing.wav" SIP/trunk-00000042 \
    "Sun Nov 22 01:17:45 AM UTC 2026" 1795310265 1795310265-00000000

# A calm Asterisk spool pair from the same caller: a question about an invoice, no incident.
espeak-ng -v en-us -s 150 -w "$tmp/voicemail_en_invoice_question.wav" \
    "Good afternoon, this is Jan Jansen from the bakery. I have a question about the invoice for last month. There is an amount on it that I do not understand. Could you call me back when it suits you? Thank you."
spool_pair asterisk_spool_en_invoice_question "$tmp/voicemail_en_invoice_question.wav" \
    SIP/trunk-00000043 "Sun Nov 22 02:04:11 AM UTC 2026" 1795313051 1795313051-00000001

# PBX voicemail-to-email (Asterisk's default template) with the English WAV attached.
en_secs=$(sox --i -D voicemail_en_website_down_ulaw_8k.wav | cut -d. -f1)
python3 - "$en_secs" <<'PY'
import sys
from email.message import EmailMessage
from pathlib import Path

msg = EmailMessage()
msg["From"] = '"PBX Voicemail" <asterisk@pbx.example.net>'
msg["To"] = "support@agency.example"
msg["Subject"] = "[PBX]: New message 3 in mailbox 100"
msg["Date"] = "Sun, 22 Nov 2026 01:17:45 +0000"
msg["Message-ID"] = "<voicemail-100-3@pbx.example.net>"
msg["X-Asterisk-CallerID"] = "0612345678"
msg["X-Asterisk-CallerIDName"] = "Jan Jansen"
msg.set_content(
    "Dear Support,\n\n"
    f"just wanted to let you know you were just left a 0:{int(sys.argv[1]):02d} long message (number 3)\n"
    "in mailbox 100 from \"Jan Jansen\" <0612345678>, on Sunday, November 22, 2026 at 01:17:45 AM\n"
    "so you might want to check it when you get a chance.  Thanks!\n\n"
    "\t\t\t\t--Asterisk\n"
)
audio = Path("voicemail_en_website_down_ulaw_8k.wav").read_bytes()
msg.add_attachment(audio, maintype="audio", subtype="x-wav", filename="msg0003.wav")
Path("pbx_voicemail_email_en.eml").write_bytes(bytes(msg))
PY

# Bad inputs, each refused with its own one-line reason.
: > empty_zero_length.wav
python3 - <<'PY'
from pathlib import Path
# A minimal but real one-page PDF, saved under a .wav name.
pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
       b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")
Path("pdf_renamed_invoice.wav").write_bytes(pdf)
PY
# Headerless signed 16-bit PCM: no header says the sample rate, so it must be refused.
sox "$tmp/voicemail_en_website_down.wav" -r 8000 -c 1 -b 16 -e signed-integer -t raw headerless_raw_pcm.wav
ls -l
