"""Browser pages, one module per audience: sign-in and landing (`auth`), physicians (`annotate`),
experts (`arbitration`), admins (`console`, `evaluations`) and the model `playground`.

Each view checks the role (medpref.core.roles), validates a posted form with the API's own
serializer (`forms.validated` is the API's), calls the same services and selectors as the API, and
renders a template. The workspace and the live job pages talk to the JSON API from JavaScript.
"""
